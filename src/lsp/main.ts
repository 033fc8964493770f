/** Entry point of the language server alone: `node dist/src/lsp/main.js [--stdio]`. */
import { startServer } from './server';

startServer();
