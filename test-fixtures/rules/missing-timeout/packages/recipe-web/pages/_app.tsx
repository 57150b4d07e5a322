import { RecipesApi } from "../../recipe-core/src";

function RecipeSite(props: { Component: (pageProps: unknown) => JSX.Element; pageProps: unknown; banner: string }) {
  return (
    <main>
      <p>{props.banner}</p>
      <props.Component {...(props.pageProps as object)} />
    </main>
  );
}

// Runs on the Next.js server for the first request of every page.
RecipeSite.getInitialProps = async () => {
  const { data } = await RecipesApi.fetchSiteBanner();
  return { banner: data.text };
};

export default RecipeSite;
