import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'shieldshare:public';

/** Marks a handler as reachable without credentials: an explicit choice, reviewed like a role. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
