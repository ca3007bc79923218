import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');
/** axe is served to the page from its own origin (intercepted, never reaching the service), so the CSP stays on. */
const AXE_PATH = '/admin/__axe-core.js';
const routed = new WeakSet<Page>();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best-practice rules) on the page as it is now and fails on
 * any serious or critical violation, naming the rule and the elements.
 */
export async function assertAccessible(page: Page, screen: string): Promise<void> {
  const report = await seriousViolations(page);
  assert.deepEqual(report, [], `axe found serious/critical violations on ${screen}:\n${report.join('\n')}`);
}

/** axe-core's serious and critical violations on the page as it is now, one line per rule with up to five elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!routed.has(page)) {
    await page.route(`**${AXE_PATH}`, (route) => route.fulfill({ path: AXE, contentType: 'text/javascript' }));
    routed.add(page);
  }
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ url: new URL(AXE_PATH, page.url()).href });
  const violations = await page.evaluate<AxeViolation[]>(`
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))
  `);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`);
}

/** Presses Tab `count` times and returns, for each stop, the focused element's accessible label and whether its focus is visible. */
export async function tabStops(page: Page, count: number): Promise<{ name: string; visible: boolean }[]> {
  const stops: { name: string; visible: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate<{ name: string; visible: boolean }>(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return { name: '(body)', visible: false };
        const label = el.labels && el.labels[0] ? el.labels[0].textContent : null;
        const name = (el.getAttribute('aria-label') || label || el.textContent || el.getAttribute('name') || el.tagName).replace(/\\s+/g, ' ').trim();
        const style = getComputedStyle(el);
        const visible = el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { name, visible };
      })()`),
    );
  }
  return stops;
}
