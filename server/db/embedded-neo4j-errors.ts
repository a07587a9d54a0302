// Errors of the embedded Neo4j (building and starting it), each with a machine-readable code and a
// message that tells a person what to do.

export type EmbeddedNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'START_TIMEOUT'
  | 'EXITED';

export class EmbeddedNeo4jError extends Error {
  constructor(
    readonly code: EmbeddedNeo4jErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

export const javaMissingMessage =
  'Java was not found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk), or set NEO4J_URI to use your own Neo4j server';

export const mavenMissingMessage =
  'Maven was not found, and it is needed once to build the embedded Neo4j launcher: install Maven 3.8 or newer (e.g. apt-get install maven), or set NEO4J_URI to use your own Neo4j server';
