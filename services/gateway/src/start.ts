import { runProcess, startEdge } from '@pcs/platform';
import { configureGateway, gateway } from './gateway.js';

await runProcess(() => startEdge(gateway, {}, configureGateway));
