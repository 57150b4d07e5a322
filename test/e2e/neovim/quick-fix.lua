-- Drives Neovim's built-in LSP client (0.7+) against dist/server.js: open a file, wait for Harden's diagnostic,
-- apply its preferred quick fix, write the file and wait for the diagnostic to go. Exits 0 on success, 1 on failure.
local server, file, root = os.getenv("HARDEN_SERVER"), os.getenv("HARDEN_FILE"), os.getenv("HARDEN_ROOT")

local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

-- A hang must fail the run, not block it.
local guard = vim.loop.new_timer()
guard:start(150000, 0, vim.schedule_wrap(function() fail("timed out after 150 s") end))

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "harden",
  cmd = { "node", server, "--stdio" },
  root_dir = root,
  settings = { harden = { enable = true, run = "onType", rules = {}, trace = { server = "off" } } },
})
if not client_id then fail("the server did not start") end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(90000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then fail("no diagnostics") end
local diagnostic = vim.diagnostic.get(buf)[1]
local lsp = (diagnostic.user_data or {}).lsp or {}
if diagnostic.source ~= "harden" or lsp.code ~= "missing-timeout" then
  fail("unexpected diagnostic " .. vim.inspect({ source = diagnostic.source, code = lsp.code }))
end

local range = {
  start = { line = diagnostic.lnum, character = diagnostic.col },
  ["end"] = { line = diagnostic.end_lnum, character = diagnostic.end_col },
}
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = range,
  context = {
    only = { "quickfix" },
    diagnostics = { { range = range, message = diagnostic.message, source = "harden", code = lsp.code, data = lsp.data } },
  },
}
local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 60000) or {}
local preferred
for client_id, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    if action.isPreferred then
      -- Neovim declares resolve support, so the server leaves the edit (built and type-checked) to codeAction/resolve.
      if not action.edit then
        local resolved = vim.lsp.get_client_by_id(client_id).request_sync("codeAction/resolve", action, 60000, buf)
        action = resolved and resolved.result or action
      end
      if action.edit then preferred = action end
    end
  end
end
if not preferred then fail("no preferred quick fix: " .. vim.inspect(responses)) end

vim.lsp.util.apply_workspace_edit(preferred.edit, "utf-16")
vim.cmd("silent write")
if not vim.wait(90000, function() return #vim.diagnostic.get(buf) == 0 end, 50) then fail("the diagnostic stayed after the fix") end

print("applied: " .. preferred.title)
guard:stop()
vim.lsp.stop_client(client_id)
vim.cmd("qall!")
