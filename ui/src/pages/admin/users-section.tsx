import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import { ROLES, type Role, type User } from '../../api/types';
import { formatDateTime, humanize } from '../../app/format';
import { useApi } from '../../app/use-api';
import { CheckboxGroup, FormResult } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';

/** People of one organization; admins add them, change roles and disable them. */
export function UsersSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { data, error, loading, reload } = useApi<User[]>(`/organizations/${orgId}/users`);
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(['member']);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const user = await api.post<User>(`/organizations/${orgId}/users`, { email, displayName, password, roles });
      setResult({ ok: `Added ${user.displayName}. Give them the password through a separate channel.` });
      setEmail('');
      setDisplayName('');
      setPassword('');
      reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };

  const update = async (user: User, patch: Partial<Pick<User, 'roles' | 'status'>>, done: string) => {
    try {
      await api.patch(`/users/${user.id}`, patch);
      setResult({ ok: done });
      reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
    }
  };

  return (
    <section className="panel" aria-labelledby={`users-${orgId}`}>
      <h2 id={`users-${orgId}`}>Users</h2>
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <Skeleton rows={3} />
      ) : !data || data.length === 0 ? (
        <Empty>No users.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Roles</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
              </tr>
            </thead>
            <tbody>
              {data.map((user) => (
                <tr key={user.id}>
                  <td>{user.displayName}</td>
                  <td>{user.email}</td>
                  <td>
                    {canEdit ? (
                      <RoleEditor user={user} onSave={(r) => update(user, { roles: r }, `Roles of ${user.displayName} saved.`)} />
                    ) : (
                      user.roles.join(', ')
                    )}
                  </td>
                  <td>
                    {humanize(user.status)}{' '}
                    {canEdit && (
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() =>
                          void update(
                            user,
                            { status: user.status === 'active' ? 'disabled' : 'active' },
                            `${user.displayName} is now ${user.status === 'active' ? 'disabled' : 'active'}.`,
                          )
                        }
                      >
                        {user.status === 'active' ? 'Disable' : 'Enable'}
                        <span className="visually-hidden"> {user.displayName}</span>
                      </button>
                    )}
                  </td>
                  <td>{formatDateTime(user.lastLoginAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormResult ok={result.ok} error={result.error} />
      {canEdit && (
        <form className="form-grid" onSubmit={create} aria-label="Add a user">
          <div className="field">
            <label htmlFor={`u-email-${orgId}`}>Email</label>
            <input id={`u-email-${orgId}`} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`u-name-${orgId}`}>Display name</label>
            <input id={`u-name-${orgId}`} required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`u-pw-${orgId}`}>Initial password</label>
            <input id={`u-pw-${orgId}`} type="password" autoComplete="new-password" required minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby={`u-pw-help-${orgId}`} />
            <span id={`u-pw-help-${orgId}`} className="help">At least 12 characters.</span>
          </div>
          <CheckboxGroup legend="Roles" options={ROLES} value={roles} onChange={setRoles} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || roles.length === 0}>Add user</button>
          </div>
        </form>
      )}
    </section>
  );
}

function RoleEditor({ user, onSave }: { user: User; onSave(roles: Role[]): void }) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const changed = roles.slice().sort().join() !== user.roles.slice().sort().join();
  return (
    <div className="role-editor">
      <CheckboxGroup legend={`Roles of ${user.displayName}`} options={ROLES} value={roles} onChange={setRoles} />
      {changed && (
        <button type="button" className="button" onClick={() => onSave(roles)} disabled={roles.length === 0}>
          Save roles
        </button>
      )}
    </div>
  );
}
