export { HttpBackend, toNaraError, type HttpBackendOptions } from './http-backend.js';
