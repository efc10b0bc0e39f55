/*
 * The S3 candidate's responder: a Nest microservice served by our NatsRpcServer with the pipe and
 * filter every service has (ContractValidationPipe, RpcErrorFilter), answering one @MessagePattern
 * that validates the request and echoes it. What a service adds beyond its own handler and the
 * database is exactly this path. Prints `ready` when subscribed.
 */
import 'reflect-metadata';
import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BusIdentityVerifier,
  BusNames,
  ContractValidationPipe,
  createLogger,
  developmentBusEnv,
  Metrics,
  NatsConnectionHolder,
  NatsRpcServer,
  NestJsonLogger,
  parseTrustedKeys,
  ProcessEnv,
  RpcErrorFilter,
  type LogLevel,
} from '@pcs/platform';
import { BenchEchoV1, ECHO_SUBJECT } from './echo.js';

@Controller()
class EchoController {
  @MessagePattern(ECHO_SUBJECT)
  echo(@Payload() request: BenchEchoV1): BenchEchoV1 {
    return request;
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

const name = 'bench-responder';
const env = Object.assign(new ProcessEnv(), {
  NATS_URL: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222',
  BUS_PREFIX: process.env['BUS_PREFIX'] ?? '',
  LOG_LEVEL: (process.env['LOG_LEVEL'] ?? 'info') as LogLevel,
});
const logger = createLogger(name, env.LOG_LEVEL);
const nats = await NatsConnectionHolder.open(name, env, logger);
const server = new NatsRpcServer({
  connection: nats.connection,
  names: new BusNames(env.BUS_PREFIX),
  queue: name,
  logger,
  metrics: new Metrics(name),
  graceMs: 2_000,
  verifier: new BusIdentityVerifier(parseTrustedKeys(developmentBusEnv('gateway')['BUS_TRUSTED_KEYS'] ?? '')),
});
const app = await NestFactory.createMicroservice(EchoModule, {
  strategy: server,
  logger: new NestJsonLogger(logger),
});
app.useGlobalPipes(new ContractValidationPipe());
app.useGlobalFilters(new RpcErrorFilter(logger));
await app.listen();
await nats.connection.flush();
process.stdout.write('ready\n');

const stop = (): void => {
  void app
    .close()
    .then(() => nats.drain())
    .then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
