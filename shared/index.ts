// The shared contract, imported by the server and the client alike.
export * from './access';
export * from './api';
export * from './auth';
export * from './entities';
export * from './errors';
export * from './graph';
export * from './history';
export * from './links';
export * from './paths';
export * from './photos';
export * from './questions';
export * from './text';
export * from './time';
export * from './vocabulary';
