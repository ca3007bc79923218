import { Layout } from '../app/layout';
import { Link } from '../app/router';

export function NotFound() {
  return (
    <Layout title="Page not found">
      <p>There is no page at this address in the ShieldShare admin.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </Layout>
  );
}
