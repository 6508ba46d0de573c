import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AXE_VERSION, axeRules } from '../../src/core/a11y/axeRules';
import { MemoryLogger } from './memoryLogger';
import { syncAxeRules } from '../../src/quality/axeSync';
import type { SidecarClient } from '../../src/sidecar/client';
import { errorOf, startSidecar, tempDir } from './helpers';

/** The ingestion client methods and wire types against the real sidecar (real files, the real model, axe-core's rules). */
describe('ingestion against the real sidecar (contract)', function () {
  this.timeout(180_000);
  let sidecar: { proc: ChildProcess; client: SidecarClient; dataDir: string };
  const root = tempDir('ingest-root');

  before(async () => {
    sidecar = await startSidecar({ SIZA_ML_INGEST_ROOTS: root });
  });
  after(() => {
    sidecar.proc.kill('SIGTERM');
  });

  it('ingests a JSON Lines file from an allowed root and counts what it skipped', async () => {
    const file = path.join(root, 'sets', 'buttons.jsonl');
    mkdirSync(path.dirname(file), { recursive: true });
    const rows = [
      { code: '<button type="button" class="btn">Save</button>', name: 'SaveButton' },
      '{"code": <broken',
      { name: 'NoCode' },
      { code: 'export const Card = () => <article className="card">Hi</article>;', name: 'Card', framework: 'React' },
    ];
    writeFileSync(file, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
    const r = await sidecar.client.ingestDataset({ path: file, fields: { name: 'name', framework: 'framework' }, collection: 'contract-ds' });
    assert.deepEqual(
      { dataset: r.dataset, read: r.read, kept: r.kept, skipped: r.skipped, reasons: r.skipped_by_reason, stopped: r.stopped, count: r.collection_count },
      { dataset: 'buttons.jsonl', read: 4, kept: 2, skipped: 2, reasons: { invalid_json: 1, missing_code: 1 }, stopped: 'end', count: 2 },
    );
    const [hit] = await sidecar.client.search('contract-ds', { text: 'a card component', k: 1 });
    assert.equal(hit?.metadata.name, 'Card');
    assert.equal(hit?.metadata.source, 'dataset');
    assert.equal(hit?.metadata.framework, 'react');
  });

  it('refuses a path outside the data folder and the roots (403) and a hub dataset offline (422)', async () => {
    const outside = path.join(tempDir('outside'), 'x.jsonl');
    writeFileSync(outside, '{"code": "<p>x</p>"}\n');
    const refused = await errorOf(sidecar.client.ingestDataset({ path: outside }));
    assert.equal(refused.status, 403);
    assert.match(refused.message, /outside the data folder/);
    const offline = await errorOf(sidecar.client.ingestDataset({ hub: 'someone/components' }));
    assert.equal(offline.status, 422);
    assert.match(offline.message, /HF_HUB_OFFLINE/);
  });

  it('sends axe-core’s rules once per version, and scores then cite the nearest rule', async () => {
    const log = new MemoryLogger();
    assert.deepEqual(await sidecar.client.axeRulesStatus(), { version: null, count: 0 });
    assert.equal(await syncAxeRules(sidecar.client, log), 'ingested');
    assert.deepEqual(await sidecar.client.axeRulesStatus(), { version: AXE_VERSION, count: axeRules().length });
    assert.equal(await syncAxeRules(sidecar.client, log), 'current');
    assert.equal(log.lines.filter((l) => l.includes('Embedded axe-core')).length, 1);

    const score = await sidecar.client.score({ code: "<div class='modal'>\n  <img src='a.png'>\n</div>", framework: 'html' });
    const byRule = new Map(score.violations.map((v) => [v.rule, v]));
    assert.equal(byRule.get('a11y/img-alt')?.reference?.match, 'table');
    const nearest = byRule.get('a11y/dialog-role')?.reference;
    assert.equal(nearest?.match, 'nearest');
    const axe = axeRules().find((r) => r.id === nearest?.id);
    assert.ok(axe, `${nearest?.id} is an axe-core rule`);
    assert.equal(nearest?.url, axe.helpUrl);
  });
});
