import * as assert from 'node:assert/strict';
import { adaptComponent, deriveName, quotedPhrase } from '../../src/core/generate/adapt';
import { detectFramework, frameworksOf } from '../../src/core/generate/framework';
import { placeComponent } from '../../src/core/generate/placement';
import { firstJsonObject, generationMessages, parseReply, repairMessages } from '../../src/core/generate/prompt';
import { rankLibrary } from '../../src/core/generate/rank';
import { LIBRARY, parseComponent, render, validate } from '../../src/core/library';

const byName = (n: string) => LIBRARY.find((c) => c.name === n)!;

describe('generate: the pure parts', () => {
  describe('framework detection from package.json', () => {
    const cases: [unknown, string | undefined][] = [
      [{ dependencies: { react: '19', 'react-dom': '19' } }, 'react'],
      [{ dependencies: { next: '15' } }, 'react'],
      [{ dependencies: { vue: '3.5' } }, 'vue'],
      [{ devDependencies: { nuxt: '3' } }, 'vue'],
      [{ devDependencies: { '@sveltejs/kit': '2', svelte: '5' } }, 'svelte'],
      [{ dependencies: { '@angular/core': '21', rxjs: '7' } }, 'angular'],
      // a Svelte app with a React-based dev tool is a Svelte app
      [{ dependencies: { svelte: '5' }, devDependencies: { react: '19' } }, 'svelte'],
      [{ dependencies: { express: '5' } }, undefined],
      [null, undefined],
      ['not json', undefined],
    ];
    for (const [pkg, fw] of cases) it(`${JSON.stringify(pkg)} → ${fw}`, () => assert.equal(detectFramework([pkg]), fw));
    it('a monorepo votes: two Vue packages and one React one make a Vue workspace', () => {
      assert.equal(detectFramework([{ dependencies: { vue: '3' } }, { dependencies: { react: '19' } }, { dependencies: { vue: '3' } }]), 'vue');
      assert.deepEqual(frameworksOf({ dependencies: { vue: '3', react: '19' } }), ['vue', 'react']);
    });
  });

  describe('adapting a library component to the request', () => {
    const names: [string, string, string][] = [
      ['a delete account button', 'PrimaryButton', 'DeleteAccountButton'],
      ['a sortable data table of invoices', 'DataTable', 'SortableDataTable'],
      ['user profile card', 'ProfileCard', 'UserProfileCard'],
      ['a card', 'ProfileCard', 'ProfileCard'],
      ['a large danger button', 'PrimaryButton', 'PrimaryButton'],
      ['something else entirely', 'Modal', 'Modal'],
      ['newsletter signup form', 'SignupForm', 'NewsletterSignupForm'],
    ];
    for (const [req, from, expected] of names) it(`"${req}" from ${from} → ${expected}`, () => {
      const c = byName(from);
      const spent = new Set(['large', 'danger']);
      assert.equal(deriveName(req, c, spent), expected);
    });

    it('quoted text becomes the main text; a named size and variant set the enums; the result is a valid component', () => {
      const a = adaptComponent(byName('PrimaryButton'), 'a large danger button labelled "Remove member"');
      assert.deepEqual(a.changes.sort(), ['label: "Remove member"', 'size: lg', 'variant: danger']);
      parseComponent(a.component);
      const r = render(a.component, 'react');
      assert.match(r.code, /label = ['"]Remove member['"]/);
      assert.match(r.code, /variant = ['"]danger['"]/);
      assert.ok(validate('react', r.code).ok);
    });

    it('an ambiguous enum word changes nothing; a boolean prop named in the request is turned on', () => {
      assert.deepEqual(adaptComponent(byName('PrimaryButton'), 'a small or large button').changes, []);
      const t = adaptComponent(byName('TextInput'), 'a required phone field');
      assert.ok(t.changes.includes('required: true'), t.changes.join('; '));
    });

    it('finds quoted phrases in straight and curly quotes, not apostrophes', () => {
      assert.equal(quotedPhrase('button "Save"'), 'Save');
      assert.equal(quotedPhrase('button “Save all”'), 'Save all');
      assert.equal(quotedPhrase("a 'Sign up' button"), 'Sign up');
      assert.equal(quotedPhrase("the user's profile, it's nice"), undefined);
    });
  });

  describe('ranking', () => {
    it('a category named in the request outranks a slightly better cosine', () => {
      const sims = new Map([['Card', 0.5], ['Modal', 0.45]]);
      const ranked = rankLibrary('a popup with the details', sims, LIBRARY);
      assert.equal(ranked[0]!.component.category, 'modal');
      assert.ok(ranked[0]!.matched.includes('popup'), ranked[0]!.matched.join());
    });
    it('without embeddings (no model on any tier), metadata alone still ranks', () => {
      const ranked = rankLibrary('a navbar with a logo', new Map(), LIBRARY);
      assert.equal(ranked[0]!.component.category, 'navbar');
    });
  });

  describe('the LLM prompt and reply', () => {
    it('examples go in as worked turns, cut to the budget; the request comes last', () => {
      const ex = [byName('PrimaryButton'), byName('Navbar'), byName('Card')];
      const msgs = generationMessages('a share button', 'ShareButton', ex, 6_000);
      assert.equal(msgs[0]!.role, 'system');
      assert.match(msgs.at(-1)!.content, /a share button\nName: ShareButton/);
      const shown = msgs.filter((m) => m.role === 'assistant').map((m) => m.content);
      assert.ok(shown.reduce((n, s) => n + s.length, 0) <= 6_000);
      for (const s of shown) parseComponent(JSON.parse(s));
    });

    it('takes the first balanced object out of prose and fences; strings with braces do not confuse it', () => {
      assert.equal(firstJsonObject('Sure! ```json\n{"a": "}{", "b": {"c": 1}}\n``` done'), '{"a": "}{", "b": {"c": 1}}');
      assert.equal(firstJsonObject('no json here'), undefined);
      assert.equal(firstJsonObject('{"open": '), undefined);
    });

    it('says what is wrong with a reply, path by path; a repair turn carries the problems', () => {
      assert.deepEqual(parseReply('nothing').problems, ['the reply holds no JSON object']);
      assert.match(parseReply('{"a": 1,}').problems[0]!, /does not parse/);
      const bad = parseReply(JSON.stringify({ ...byName('Card'), category: 'widget', markup: { tag: 'script' } }));
      assert.equal(bad.component, undefined);
      assert.ok(bad.problems.some((p) => p.startsWith('category')), bad.problems.join('\n'));
      const good = parseReply(`Here:\n${JSON.stringify(byName('Card'))}`);
      assert.deepEqual(good.problems, []);
      assert.equal(good.component?.name, 'Card');
      const repair = repairMessages([{ role: 'user', content: 'x' }], 'reply', ['category: bad']);
      assert.deepEqual(repair.map((m) => m.role), ['user', 'assistant', 'user']);
      assert.match(repair[2]!.content, /category: bad/);
    });
  });

  describe('where Save as File puts a component', () => {
    const cases: [string, string[], 'react' | 'vue' | 'svelte' | 'angular' | 'html', boolean, string][] = [
      ['an empty workspace with src/', [], 'react', true, 'src/components/PricingCard.tsx'],
      ['an empty workspace without src/', [], 'vue', false, 'components/PricingCard.vue'],
      ['PascalCase files in src/components', ['src/components/Button.tsx', 'src/components/NavBar.tsx', 'src/App.tsx'], 'react', true, 'src/components/PricingCard.tsx'],
      ['kebab-case files in app/ui', ['app/ui/nav-bar.tsx', 'app/ui/user-menu.tsx', 'app/page.tsx'], 'react', true, 'app/ui/pricing-card.tsx'],
      ['a folder per component', ['src/components/NavBar/NavBar.tsx', 'src/components/UserMenu/UserMenu.tsx'], 'react', true, 'src/components/PricingCard/PricingCard.tsx'],
      ['index files in kebab folders', ['lib/nav-bar/index.tsx', 'lib/user-menu/index.tsx'], 'react', false, 'lib/pricing-card/index.tsx'],
      ['Angular with .component.ts', ['src/app/nav-bar/nav-bar.component.ts', 'src/app/user-menu/user-menu.component.ts'], 'angular', true, 'src/app/pricing-card/pricing-card.component.ts'],
      ['a "components" folder wins a tie', ['src/pages/Home.vue', 'src/components/NavBar.vue'], 'vue', true, 'src/components/PricingCard.vue'],
      ['node_modules never counts', ['node_modules/x/Foo.svelte', 'node_modules/x/Bar.svelte'], 'svelte', false, 'components/PricingCard.svelte'],
    ];
    for (const [what, files, fw, hasSrc, expected] of cases) it(`${what} → ${expected}`, () => assert.equal(placeComponent(files, fw, 'PricingCard', { hasSrc }).relPath, expected));
  });
});
