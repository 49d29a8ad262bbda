/** relgraph as a user would deploy it: `createHandler` on node:http, no request logging, no GraphiQL. */
import { configure, createDriver, createHandler } from 'relgraph';
import Base from '../models.js';
import { poolSize, type Implementation } from './Implementation.js';

export async function createRelgraphImplementation(url: string): Promise<Implementation> {
  const driver = await createDriver(url, { connectionLimit: poolSize });
  const yoga = createHandler(configure(Base), { driver, logging: false, graphiql: false, development: false });
  return { handler: (request, response) => void yoga(request, response), close: () => driver.close() };
}
