/*
 * The S2 candidate: the real gateway as built (services/gateway/dist), started the way its main.ts
 * starts it, plus one bench-only route, `POST /bench/echo`, that validates its body as a contract
 * class through the gateway's own global pipe and answers it back. The route exists only in this
 * process: the gateway's code, route table and OpenAPI document do not change.
 *
 * Plain JavaScript with the decorators applied by hand, so the bench needs no build of its own and
 * imports the gateway's built output rather than its source.
 */
import 'reflect-metadata';
import path from 'node:path';
import { Body, Controller, HttpCode, Module, Post, SetMetadata } from '@nestjs/common';
import { runProcess, startEdge } from '@pcs/platform';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';

const root = path.resolve(import.meta.dirname, '../../..');
const { gateway, configureGateway } = await import(path.join(root, 'services/gateway/dist/gateway.js'));

export class BenchEchoV1 {}
IsString()(BenchEchoV1.prototype, 'text');
MaxLength(1_000)(BenchEchoV1.prototype, 'text');
IsInt()(BenchEchoV1.prototype, 'n');
Min(0)(BenchEchoV1.prototype, 'n');

class EchoController {
  echo(body) {
    return body;
  }
}
const echo = Object.getOwnPropertyDescriptor(EchoController.prototype, 'echo');
// What TypeScript's emitDecoratorMetadata would record: the pipe validates against this class.
Reflect.defineMetadata('design:paramtypes', [BenchEchoV1], EchoController.prototype, 'echo');
Body()(EchoController.prototype, 'echo', 0);
HttpCode(200)(EchoController.prototype, 'echo', echo);
// Public like health: the guard still runs, as it does for every route.
SetMetadata('pcs:public', true)(EchoController.prototype, 'echo', echo);
Post('bench/echo')(EchoController.prototype, 'echo', echo);
Controller()(EchoController);

class BenchEchoModule {}
Module({ controllers: [EchoController] })(BenchEchoModule);

await runProcess(() =>
  startEdge({ ...gateway, imports: [...gateway.imports, BenchEchoModule] }, {}, configureGateway),
);
