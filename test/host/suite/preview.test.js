'use strict';
// The built-in Markdown preview in a real VS Code, through the Markdown extension's own renderer
// (`markdown.api.render`, the same markdown-it instance the preview uses, with our plugin loaded by
// `markdown.markdownItPlugins`): a story gets badges, section letters and marked measures; anything
// else renders exactly as it does without the extension's plugin.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor } = require('./support');

const story = (name) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'stories', name);
const readText = async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const render = (input) => vscode.commands.executeCommand('markdown.api.render', input);

async function setPreviewEnabled(value) {
  await vscode.workspace.getConfiguration('starStories').update('preview.enabled', value, vscode.ConfigurationTarget.Global);
}

describe('Markdown preview', function () {
  let storyText;
  let notesText;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    assert.ok((await vscode.commands.getCommands(true)).includes('markdown.api.render'), 'VS Code has markdown.api.render');
    storyText = await readText(story('preview-story.md'));
    notesText = await readText(story('preview-notes.md'));
  });

  afterEach(async () => {
    await setPreviewEnabled(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("shows a story's principles as badges under the front matter, canonical names first, unknown ones set apart", async () => {
    const html = await render(storyText);
    const badges = /<div class="star-principles"[^>]*>(.*?)<\/div>/.exec(html);
    assert.ok(badges, `no badges in:\n${html}`);
    assert.deepStrictEqual(
      [...badges[1].matchAll(/<span class="([^"]+)"[^>]*>([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]),
      [
        ['star-principle', 'Frugality'],
        ['star-principle', 'Dive Deep'],
        ['star-principle star-principle-unknown', 'Ownershp'],
        ['star-principle star-principle-unknown', '&lt;img src=x onerror=alert(1)&gt;'],
      ],
    );
    assert.match(badges[0], /title="Not in Amazon Leadership Principles; did you mean Ownership\?"/);
    // VS Code's preview hides the front matter itself: the badges are the first thing shown.
    assert.ok(html.trimStart().startsWith('<div class="star-principles"'), html.slice(0, 300));
    assert.ok(!html.includes('title: Cutting'), 'the front matter is not shown as text');
    assert.ok(!html.includes('<img'), 'a name written as HTML stays text');
  });

  it('shows the title from the front matter at the top when the story has no title heading', async () => {
    const untitled = storyText.replace(/\n# Cutting the cloud bill without slowing the team\n/, '\n');
    const html = await render(untitled);
    assert.ok(
      html.trimStart().startsWith('<h1 class="star-title">Cutting the cloud bill without slowing the team</h1>'),
      html.slice(0, 300),
    );
    // With its own title heading, the story shows the title once.
    assert.strictEqual((await render(storyText)).match(/Cutting the cloud bill without slowing the team/g).length, 1);
  });

  it("labels the STAR sections, keeping the heading ids and VS Code's own line markers", async () => {
    const html = await render(storyText);
    for (const [kind, letter, name] of [
      ['situation', 'S', 'Situation'],
      ['task', 'T', 'Task'],
      ['action', 'A', 'Action'],
      ['result', 'R', 'Result'],
    ]) {
      const heading = new RegExp(`<h2 ([^>]*)>${name}</h2>`).exec(html);
      assert.ok(heading, `${name} heading in:\n${html}`);
      const classes = /class="([^"]*)"/.exec(heading[1])[1].split(' ');
      assert.ok(classes.includes('star-section') && classes.includes(`star-${kind}`), heading[0]);
      assert.ok(classes.includes('code-line'), `VS Code's own class stays: ${heading[0]}`);
      assert.match(heading[1], new RegExp(`data-star-section="${letter}"`));
      // The letter is drawn by CSS, so in-page links (#result) keep working.
      assert.match(heading[1], new RegExp(`id="${kind}"`));
      assert.match(heading[1], /data-line="\d+"/);
    }
    assert.match(
      html,
      /<h1 [^>]*id="cutting-the-cloud-bill-without-slowing-the-team"[^>]*>Cutting the cloud bill without slowing the team<\/h1>/,
    );
    assert.ok(!/<h1[^>]*star-section/.test(html), 'the title is not a STAR section');
  });

  it('marks the measures in the Result, and nothing in code, raw HTML or other sections', async () => {
    const html = await render(storyText);
    const result = html.slice(html.indexOf('star-result'));
    const marked = [...html.matchAll(/<mark class="star-metric">([^<]*)<\/mark>/g)].map((m) => m[1]);
    // "stayed at 12 a week" is a rate, a measure too.
    assert.deepStrictEqual(marked, ['$52,000', '$31,000', '40%', '12']);
    assert.ok(result.includes('<strong><mark class="star-metric">40%</mark></strong>'), result);
    assert.ok(result.includes('<code>code 99%</code>'), result);
    assert.ok(result.includes('<span title="7 days">raw HTML tags</span>'), result);
    assert.ok(html.includes('grown 3 times in a year'), 'a number in the Situation is not marked');
  });

  it('renders a Markdown file that is not a story exactly as VS Code does without the plugin', async () => {
    const repo = process.env.STAR_HOST_REPO_ROOT;
    const samples = [notesText, await readText(story('tree-notes.md'))];
    if (repo) samples.push(fs.readFileSync(path.join(repo, 'README.md'), 'utf8'));
    const withPlugin = [];
    for (const text of samples) withPlugin.push(await render(text));
    const storyWith = await render(storyText);

    await setPreviewEnabled(false);
    // The setting reaches the extension through an event: wait until a story renders plain.
    const storyWithout = await waitFor(async () => {
      const html = await render(storyText);
      return !/class="star-|data-star-section/.test(html) && html;
    }, 'the plugin to switch off');
    assert.notStrictEqual(storyWith, storyWithout);
    assert.match(storyWithout, /<h2 [^>]*id="result"[^>]*>Result<\/h2>/, 'VS Code renders the heading itself');

    for (let i = 0; i < samples.length; i++) {
      assert.ok(!/class="star-|data-star-section/.test(withPlugin[i]), `sample ${i} got a STAR mark`);
      assert.strictEqual(withPlugin[i], await render(samples[i]), `sample ${i} renders differently with the plugin`);
    }
    assert.ok(withPlugin[0].includes('Error rate fell by 40% in 2 weeks'), 'numbers in a non-story stay plain');
  });

  it('renders an open story document the same way, and follows the preview setting back on', async () => {
    const doc = await vscode.workspace.openTextDocument(story('preview-block.md'));
    await setPreviewEnabled(false);
    await waitFor(async () => !(await render(storyText)).includes('class="star-'), 'the plugin to switch off');
    await setPreviewEnabled(true);
    const html = await waitFor(async () => {
      const h = await render(doc);
      return h.includes('star-principles') && h;
    }, 'the plugin to switch back on');
    assert.match(
      html,
      /<span class="star-principle" role="listitem">Frugality<\/span><span class="star-principle" role="listitem">Invent and Simplify<\/span>/,
    );
    assert.ok(html.includes('<mark class="star-metric">$18,000</mark>'), html);
    assert.ok(!html.includes('data-star-section="T"'), 'no Task section, no Task label');
  });

  it("opens the preview of a story with the extension's stylesheet contributed", async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const styles = ext.packageJSON.contributes['markdown.previewStyles'];
    assert.deepStrictEqual(styles, ['./media/preview.css']);
    const css = fs.readFileSync(path.join(ext.extensionPath, styles[0]), 'utf8');
    for (const selector of [
      '.star-principle-unknown',
      'mark.star-metric',
      '.star-section[data-star-section]::before',
      'body.vscode-dark',
      'body.vscode-high-contrast',
    ]) {
      assert.ok(css.includes(selector), `preview.css styles ${selector}`);
    }
    await vscode.window.showTextDocument(story('preview-story.md'));
    await vscode.commands.executeCommand('markdown.showPreview', story('preview-story.md'));
    await waitFor(
      () =>
        vscode.window.tabGroups.all.some((g) =>
          g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')),
        ),
      'the preview tab',
    );
  });
});
