import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Request } from 'express';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import type { ApiKeyStrategy } from './api-key.strategy';
import { RequestAuthenticator, type CredentialScheme } from './request-authenticator';
import type { SessionJwtStrategy } from './session-jwt.strategy';
import type { TaxiiBasicStrategy } from './taxii-basic.strategy';

const REQ = {} as Request;
const who = (via: Principal['via']): Principal => ({ orgId: 'o', roles: ['member'], via });

/** Schemes that answer as given, recording the order they were asked in. */
function authenticator(answers: (Principal | null | Error)[], asked: number[]): RequestAuthenticator {
  const schemes: CredentialScheme[] = answers.map((answer, i) => ({
    validate: async () => {
      asked.push(i);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  }));
  return new RequestAuthenticator(schemes[0] as SessionJwtStrategy, schemes[1] as ApiKeyStrategy, schemes[2] as TaxiiBasicStrategy);
}

describe('RequestAuthenticator', () => {
  it('asks session, API key, then Basic, and the first that recognizes the request decides', async () => {
    const asked: number[] = [];
    assert.equal((await authenticator([null, who('api-key'), who('basic')], asked).authenticate(REQ)).via, 'api-key');
    assert.deepEqual(asked, [0, 1]);
  });

  it("a scheme's refusal ends the search with that error", async () => {
    const asked: number[] = [];
    const refused = new AppError('INVALID_CREDENTIALS', 'the API key has been revoked');
    await assert.rejects(authenticator([null, refused, who('basic')], asked).authenticate(REQ), (e) => e === refused);
    assert.deepEqual(asked, [0, 1]);
  });

  it('a request no scheme recognizes is unauthenticated (401)', async () => {
    await assert.rejects(authenticator([null, null, null], []).authenticate(REQ), (e) => e instanceof AppError && e.code === 'UNAUTHENTICATED' && e.status === 401);
  });
});
