import * as vscode from 'vscode';
import { activeCatalog, StarConfig } from '../../core';

interface PrincipleItem extends vscode.QuickPickItem {
  /** Undefined for the "none yet" row. */
  principle?: string;
}

/**
 * New Story's principle question. A plain many-pick ignores the highlighted row on Enter and writes an empty list,
 * which is not what anyone expects after typing to filter: here Enter takes the ticked rows, or else the highlighted
 * one. The first row, "No principle yet", keeps an empty list one Enter away.
 */
export function pickPrinciples(config: StarConfig, title: string): Promise<string[] | undefined> {
  const catalog = activeCatalog(config);
  const none: PrincipleItem = { label: 'No principle yet', description: 'add them later to the principles list at the top' };
  const items: PrincipleItem[] = [none, ...catalog.principles.map((p) => ({ label: p.name, detail: p.description, principle: p.name }))];
  const pick = vscode.window.createQuickPick<PrincipleItem>();
  pick.title = title;
  pick.placeholder = 'Type to filter. Enter picks; Space ticks several';
  pick.canSelectMany = true;
  pick.matchOnDetail = true;
  pick.ignoreFocusOut = true;
  pick.items = items;
  // A many-pick highlights nothing while filtering; the row the filter puts on top is highlighted here, as in a
  // single pick: names that start with the text first, then names holding it earliest, then descriptions.
  const highlightTopMatch = (value: string) => {
    const query = value.trim().toLowerCase();
    if (!query) {
      pick.activeItems = [none];
      return;
    }
    const rank = (i: PrincipleItem) => {
      const at = i.label.toLowerCase().indexOf(query);
      if (at >= 0) return at;
      return i.detail?.toLowerCase().includes(query) ? 1000 : -1;
    };
    const ranked = items.map((i) => ({ i, r: rank(i) })).filter((x) => x.r >= 0);
    ranked.sort((a, b) => a.r - b.r || a.i.label.length - b.i.label.length);
    if (ranked.length > 0) pick.activeItems = [ranked[0].i];
  };
  pick.onDidChangeValue(highlightTopMatch);
  highlightTopMatch('');
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string[] | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      pick.dispose();
    };
    pick.onDidAccept(() => {
      const ticked = pick.selectedItems.length > 0 ? pick.selectedItems : pick.activeItems.slice(0, 1);
      finish(ticked.flatMap((i) => (i.principle ? [i.principle] : [])));
    });
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
