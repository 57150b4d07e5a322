// Where a value is kept beyond the process: record writes of ORMs and drivers, key-value writes, object-storage
// uploads, and the reads that bring back what was kept (record finds, object metadata). Syntax only; a receiver the file itself builds as a Map, Set, array or plain object lives in memory and
// is never storage, whatever its method is called.
import { ts } from "ts-morph";
import { calleeText, classMemberDeclaration, constInitializerOf, enclosingClass, entityRoot, findDeclaration, importedModuleOf, importedModuleOfCallee, unwrapExpression } from "./syntax.js";

/** Calls that persist their object argument: ORMs and drivers (Prisma, Drizzle, Mongo, Mongoose, Knex, Firestore, BullMQ). */
const recordWrites = new Set([
  "insert",
  "insertOne",
  "insertMany",
  "create",
  "createMany",
  "upsert",
  "save",
  "put",
  "set",
  "add",
  "values",
  "update",
  "updateOne",
  "updateMany",
  "findOneAndUpdate",
  "replaceOne",
  "hset",
]);
/** DynamoDB and S3 commands that write what they are given (`new PutCommand({ Item })`, `new PutObjectCommand({ Key })`). */
const storageCommand = /^(Put|Update|BatchWrite|TransactWrite|CopyObject|CreateMultipartUpload)\w*Command$/;
/** Key-value writes whose first argument is the key (Redis, Workers KV and R2, Firestore/RTDB paths). */
const keyValueWrites = new Set(["set", "setex", "setnx", "psetex", "hset", "hsetnx", "put", "doc", "child"]);
/** Uploads whose first argument names the stored object (Supabase Storage, Google Cloud Storage). */
const uploadWrites = new Set(["upload"]);

/** ORM and driver reads of stored records (Prisma, Drizzle's query API, Mongoose, TypeORM, Sequelize). */
const recordReads = new Set(["findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "findOne", "findOneBy", "findMany", "findBy", "findById", "findByPk"]);
/** Object-storage reads of a stored object or its metadata (MinIO, the AWS SDK v2, Google Cloud Storage). */
const objectReads = new Set(["statObject", "getObject", "headObject", "getMetadata"]);
/** AWS SDK v3 commands that read what is stored (`send(new HeadObjectCommand({ Key }))`). */
const storageReadCommand = /^(Get|Head|Query|Scan|BatchGet)\w*Command$/;

export type StorageWrite = "record" | "key-value" | "upload";

/**
 * What `call` writes to storage through its argument at `index`: a record (an object argument), the key of a
 * key-value write, the name of an uploaded object (several for `put`, which takes either). None for calls on
 * in-memory containers.
 */
export function storageWritesAt(call: ts.CallExpression | ts.NewExpression, index: number): StorageWrite[] {
  if (ts.isNewExpression(call)) return ts.isIdentifier(call.expression) && storageCommand.test(call.expression.text) ? ["record"] : [];
  if (!ts.isPropertyAccessExpression(call.expression)) return [];
  const method = call.expression.name.text;
  const kinds: StorageWrite[] = [];
  if (index === 0 && keyValueWrites.has(method)) kinds.push("key-value");
  if (index === 0 && uploadWrites.has(method)) kinds.push("upload");
  if (recordWrites.has(method)) kinds.push("record");
  const receiver = call.expression.expression;
  return kinds.length > 0 && !isInMemoryContainer(receiver) && !isIndexAdministration(receiver) && !isMessagingClientApi(call) ? kinds : [];
}

/**
 * Messaging and transport clients, whose `create`/`add`/`set` open or configure a connection: a `clientId` handed to
 * `ClientProxyFactory.create({ options })` or `new Kafka({ clientId })` names that connection to the broker, no stored record.
 */
const messagingModules = /^(@nestjs\/microservices|mqtt|kafkajs|amqplib|amqplib\/.+|amqp-connection-manager|nats|@grpc\/grpc-js|socket\.io-client)$/;

/** `ClientProxyFactory.create(…)` with `ClientProxyFactory` imported from `@nestjs/microservices`: a call of a messaging client's API. */
function isMessagingClientApi(call: ts.CallExpression): boolean {
  const module = importedModuleOfCallee(call);
  return module !== undefined && messagingModules.test(module);
}

/**
 * Elasticsearch's and OpenSearch's `client.indices`: `indices.create({ index, body })` makes an index, a container
 * whose name and settings it is given, not a record kept in one (`client.create({ index, id, document })` is).
 */
function isIndexAdministration(receiver: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(receiver) && receiver.name.text === "indices";
}

/** `call` reads back what storage keeps: a record an ORM finds, an object or its metadata, a read command sent. */
export function isStorageRead(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression)) return false;
  const method = call.expression.name.text;
  if (method === "send") {
    const argument = call.arguments[0] && unwrapExpression(call.arguments[0]);
    const command = argument && ts.isIdentifier(argument) ? constInitializerOf(argument) : argument;
    return !!command && ts.isNewExpression(command) && ts.isIdentifier(command.expression) && storageReadCommand.test(command.expression.text);
  }
  return (recordReads.has(method) || objectReads.has(method)) && !isInMemoryContainer(call.expression.expression);
}

/** The short form of a write for messages: `values(…)`, `hset(…)`, `new PutObjectCommand(…)`. */
export function describeWrite(call: ts.CallExpression | ts.NewExpression): string {
  if (ts.isNewExpression(call)) return `new ${calleeText(call) ?? "Command"}(…)`;
  return ts.isPropertyAccessExpression(call.expression) ? `${call.expression.name.text}(…)` : `${calleeText(call) ?? "write"}(…)`;
}

/** Knex builder methods that resolve to the number of rows they touched, unless `.returning(…)` asks for the rows. */
const knexCountingMethods = new Set(["delete", "del", "update", "increment", "decrement"]);

/**
 * `await knex("tokens").where(…).delete()`: a Knex delete or update without `.returning(…)` resolves to a row count.
 * The builder starts at a call of a Knex instance (see `isKnexInstance`).
 */
export function isKnexRowCount(expression: ts.Expression): boolean {
  const awaited = unwrapExpression(expression);
  if (!ts.isAwaitExpression(awaited)) return false;
  const last = unwrapExpression(awaited.expression);
  if (!ts.isCallExpression(last) || !ts.isPropertyAccessExpression(last.expression) || !knexCountingMethods.has(last.expression.name.text)) return false;
  for (let call = last; ; ) {
    const callee: ts.Expression = unwrapExpression(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind === ts.SyntaxKind.ThisKeyword) return isKnexInstance(callee);
    if (callee.name.text === "returning") return false;
    const receiver = unwrapExpression(callee.expression);
    if (!ts.isCallExpression(receiver)) return false;
    call = receiver;
  }
}

/** Bulk writes that resolve to how many records they touched (Prisma's `{ count }`), never to the records. */
const bulkWriteMethods = new Set(["deleteMany", "updateMany", "createMany"]);

/**
 * `result.count` where `result` holds the awaited outcome of a bulk write: `const result = await
 * db.token.deleteMany(…)`, or one element of `const [a, b] = await Promise.all([db.x.deleteMany(…), …])`. A number.
 */
export function isBulkWriteCount(expression: ts.Expression): boolean {
  const access = unwrapExpression(expression);
  if (!ts.isPropertyAccessExpression(access) || access.name.text !== "count" || !ts.isIdentifier(access.expression)) return false;
  const declaration = findDeclaration(access.expression.text, access);
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return isBulkWrite(awaitedValue(declaration.initializer));
  if (!declaration || !ts.isBindingElement(declaration) || !ts.isArrayBindingPattern(declaration.parent)) return false;
  const holder = declaration.parent.parent;
  const all = ts.isVariableDeclaration(holder) && holder.initializer ? awaitedValue(holder.initializer) : undefined;
  if (!all || !ts.isCallExpression(all) || calleeText(all) !== "Promise.all") return false;
  const list = all.arguments[0] && unwrapExpression(all.arguments[0]);
  const element = list && ts.isArrayLiteralExpression(list) ? list.elements[declaration.parent.elements.indexOf(declaration)] : undefined;
  return element !== undefined && isBulkWrite(unwrapExpression(element));
}

function awaitedValue(expression: ts.Expression): ts.Expression | undefined {
  const value = unwrapExpression(expression);
  return ts.isAwaitExpression(value) ? unwrapExpression(value.expression) : undefined;
}

function isBulkWrite(expression: ts.Expression | undefined): boolean {
  return !!expression && ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && bulkWriteMethods.has(expression.expression.name.text);
}

/**
 * The default import of "knex", or a name or `this.x` declared with a type imported from it (`knex: Knex`,
 * `trx: Knex.Transaction`), a constructor's parameter properties included.
 */
function isKnexInstance(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) {
    if (importedModuleOf(node.text, node) === "knex") return true;
    const declaration = findDeclaration(node.text, node);
    return !!declaration && (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration)) && isKnexType(declaration.type, node);
  }
  if (!ts.isPropertyAccessExpression(node) || node.expression.kind !== ts.SyntaxKind.ThisKeyword) return false;
  return isKnexType(classMemberDeclaration(node, node.name.text)?.type, node);
}

function isKnexType(type: ts.TypeNode | undefined, from: ts.Node): boolean {
  return !!type && ts.isTypeReferenceNode(type) && importedModuleOf(entityRoot(type.typeName), from) === "knex";
}

const inMemoryConstructors = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array"]);
const inMemoryTypes = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array", "Record", "ReadonlyMap", "ReadonlySet"]);

/**
 * A receiver this file builds in memory: a variable or class field initialised with `new Map()`, `new Set()`, `[]`,
 * `{}` or `Object.create(null)`, or declared with such a type, or a `this.x` assigned one in the class.
 */
export function isInMemoryContainer(receiver: ts.Expression): boolean {
  const target = unwrapExpression(receiver);
  if (ts.isIdentifier(target)) {
    const declaration = findDeclaration(target.text, target);
    if (!declaration || !(ts.isVariableDeclaration(declaration) || ts.isParameter(declaration))) return false;
    return isInMemoryDeclaration(declaration.type, declaration.initializer);
  }
  if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const owner = enclosingClass(target);
    if (!owner) return false;
    const name = target.name.text;
    for (const member of owner.members) {
      if (ts.isPropertyDeclaration(member) && member.name.getText() === name && isInMemoryDeclaration(member.type, member.initializer)) return true;
    }
    return assignsInMemoryContainer(owner, name);
  }
  return false;
}

function isInMemoryDeclaration(type: ts.TypeNode | undefined, initializer: ts.Expression | undefined): boolean {
  if (type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && inMemoryTypes.has(type.typeName.text)) return true;
  if (type && ts.isArrayTypeNode(type)) return true;
  return initializer !== undefined && isInMemoryValue(initializer);
}

function isInMemoryValue(initializer: ts.Expression): boolean {
  const value = unwrapExpression(initializer);
  if (ts.isNewExpression(value)) return ts.isIdentifier(value.expression) && inMemoryConstructors.has(value.expression.text);
  if (ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value)) return true;
  return ts.isCallExpression(value) && calleeText(value) === "Object.create";
}

/** `this.name = new Map()` somewhere in the class (a constructor filling its fields). */
function assignsInMemoryContainer(owner: ts.ClassLikeDeclaration, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      node.left.name.text === name &&
      isInMemoryValue(node.right)
    ) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(owner, visit);
  return found;
}

