/**
 * relgraph as a user would deploy it: `createHandler` on node:http, no request logging, no
 * GraphiQL. Over SQLite (`bench:overhead`) the tables are created, empty.
 */
import { configure, createAll, createDriver, createHandler } from 'relgraph';
import Base from '../models.js';
import { poolSize, type Implementation } from './Implementation.js';

export async function createRelgraphImplementation(url: string): Promise<Implementation> {
  const driver = await createDriver(url, { connectionLimit: poolSize });
  const mapping = configure(Base);
  if (driver.dialect.name === 'sqlite') await createAll(mapping, driver);
  const yoga = createHandler(mapping, { driver, logging: false, graphiql: false, development: false });
  return { handler: (request, response) => void yoga(request, response), close: () => driver.close() };
}
