import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/core/corpus/load-article';
import { keyOf, settleFolder } from '../../../src/core/corpus/folder-meta';
import { CorrectionStore } from '../../../src/core/corpus/corrections';
import { december, first, second } from '../../fixtures/wire-takes';

const load = (text: string, id: string) => articleFromText(text, id, 'utf-8', text.length, 0);

describe('what a folder decides for its articles', () => {
  it('reads PA’s numeric dates day first when another slug proves it (14/12/99), and not before', () => {
    const alone = load(first, 'pa/diver1.txt');
    settleFolder([alone], null);
    expect(alone).toMatchObject({ date: null, dateAmbiguous: true, dateText: '15:51 01/03/00' });
    const articles = [load(first, 'pa/diver1.txt'), load(december, 'pa/lorry1.txt')];
    settleFolder(articles, null);
    expect(articles[0]).toMatchObject({ date: '2000-03-01T15:51', dateSource: 'dateline' });
    expect(articles[0]!.dateAmbiguous).toBeUndefined();
    expect(articles[1]!.date).toBe('1999-12-14T11:02');
  });

  it('knows PA copy as the Press Association from its byline, and later takes of the story from the first', () => {
    const articles = [load(first, 'pa/diver1.txt'), load(second, 'pa/diver2.txt')];
    settleFolder(articles, null);
    expect(articles.map((a) => [a.outlet, a.outletSource])).toEqual([
      ['Press Association', 'byline'],
      ['Press Association', 'story'],
    ]);
  });

  it('names a subfolder’s articles after it only when none names an outlet, and never after a generic name', () => {
    const plain = (id: string) => load('A headline\n\nSomething happened in the town today, the council said.', id);
    const articles = [plain('reuters/a.txt'), plain('reuters/b.txt'), plain('news/c.txt')];
    settleFolder(articles, null);
    expect(articles.map((a) => a.outlet)).toEqual(['reuters', 'reuters', null]);
    expect(articles[0]!.outletSource).toBe('folder');
  });

  it('lays the user’s corrections over what was read, and takes them off again', () => {
    const store = new CorrectionStore(null);
    const article = load(first, 'pa/diver1.txt');
    store.change(keyOf(article), { outlet: 'PA Media', date: '2000-03-02' }, article.id);
    settleFolder([article], store);
    expect(article).toMatchObject({ outlet: 'PA Media', outletSource: 'user', date: '2000-03-02', dateSource: 'user', corrected: ['outlet', 'date'] });
    store.change(keyOf(article), { outlet: null, date: null }, article.id);
    settleFolder([article], store);
    expect(article).toMatchObject({ outlet: 'Press Association', outletSource: 'byline', date: null, dateAmbiguous: true });
    expect(article.corrected).toBeUndefined();
  });
});
