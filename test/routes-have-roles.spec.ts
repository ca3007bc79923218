import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY } from '../src/common/auth/public.decorator';
import { ROLES_KEY } from '../src/common/auth/roles.decorator';
import { createDocumentApp } from '../src/openapi-app';

it('every route carries @Roles or @Public (the guard refuses the rest)', async () => {
  const app = await createDocumentApp();
  try {
    const routes: string[] = [];
    const unguarded: string[] = [];
    for (const module of app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
        if (!controller) continue;
        const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = controller.prototype[name] as unknown;
          if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          const route = `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]} /${base}/${Reflect.getMetadata(PATH_METADATA, handler) as string}`;
          routes.push(route);
          const explicit = [handler, controller].some(
            (target) => Reflect.getMetadata(ROLES_KEY, target) !== undefined || Reflect.getMetadata(PUBLIC_KEY, target) === true,
          );
          if (!explicit) unguarded.push(`${controller.name}.${name} (${route})`);
        }
      }
    }
    assert.ok(routes.length >= 15, `expected the app's routes, found ${routes.length}`);
    assert.deepEqual(unguarded, []);
  } finally {
    await app.close();
  }
});
