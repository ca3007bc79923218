import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROLES } from '../../common/auth/role';
import { pageReadOf, routeOf } from './taxii-page-reads';
import { TaxiiController } from './taxii.controller';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('TAXII page reads ahead of the router', () => {
  it('takes GET objects and manifest pages as TAXII clients spell them', () => {
    assert.deepEqual(pageReadOf('GET', `/api1/collections/${ID}/objects/`), { collectionId: ID, resource: 'objects' });
    assert.deepEqual(pageReadOf('GET', `/api1/collections/${ID}/manifest/`), { collectionId: ID, resource: 'manifest' });
  });

  it('leaves every other request to the controller', () => {
    for (const path of [
      `/api1/collections/${ID}/objects`,
      `/api1/collections/${ID}/objects//`,
      `/API1/collections/${ID}/objects/`,
      `/api1/collections/${ID.toUpperCase()}/objects/`,
      `/api1/collections/${ID.replace('-', '%2D')}/objects/`,
      `/api2/collections/${ID}/objects/`,
      `/api1/collections/${ID}/objects/${ID}/`,
      `/api1/collections/${ID}/`,
      `/api1/collections/not-a-collection/objects/`,
      '/api1/status/x/',
    ]) {
      assert.equal(pageReadOf('GET', path), undefined, path);
    }
    for (const method of ['HEAD', 'POST', 'DELETE']) assert.equal(pageReadOf(method, `/api1/collections/${ID}/objects/`), undefined, method);
  });

  it("answers under the controller's route pattern and roles, and refuses to start for a handler without @Roles", () => {
    assert.deepEqual(routeOf(TaxiiController.prototype.objects), { roles: ROLES, pattern: '/taxii2/:root/collections/:collectionId/objects/' });
    assert.deepEqual(routeOf(TaxiiController.prototype.manifest).pattern, '/taxii2/:root/collections/:collectionId/manifest/');
    assert.throws(() => routeOf(function objects() {}), /no @Roles/);
  });
});
