import { describe, expect, it } from 'vitest';
import { classifyBlock } from '../../../src/core/corpus/debris';

describe('short blocks a page carries besides the article', () => {
  it.each([
    ['Ein Kippmoment in "Rain": Die Menge wird zum Mob. Bild: Gregory Muster/Theater St. Gallen', 'caption'],
    ['Le piquet de grève dans le hall de l’université / (C) Kab Niang', 'caption'],
    ['Lee Elder war mit Talent gesegnet. | © Augusta National/Getty Images', 'caption'],
    ['Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)', 'caption'],
    ['Crédits photos : Bestimage', 'caption'],
    ['© 2020 CBS Interactive Inc. All Rights Reserved.', 'debris'],
    ['Copyright 2021 Harbour News Ltd', 'debris'],
    ['Harbour News 2021. All rights reserved.', 'debris'],
    ['Harbour News, 2021\nAll rights reserved', 'debris'],
    ['Copyright 2024 The Herald', 'debris'],
    ['Example Media Ltd. All rights reserved', 'debris'],
    ['The owners of the club said all rights reserved were sold.', 'paragraph'],
    ['Copyrighted photographs were shown to the court.', 'paragraph'],
    ['Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.', 'paragraph'],
    ['Sie müssen eingeloggt sein, um einen Kommentar zu schreiben.', 'debris'],
    ['Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.', 'debris'],
    ['(Noch keine Bewertungen) Loading...', 'debris'],
    ['Das könnte dich auch interessieren', 'link'],
    ['Auch interessant', 'link'],
    ['Weiterführende Links', 'link'],
    ['Lesen Sie hier: Spielabbruch in der Kreisliga', 'link'],
    ['Nachfolgebeitrag: Was passiert hier eigentlich noch?', 'link'],
    ['Previous post: The harbour plan, a year on', 'link'],
    ['Über den Autor', 'debris'],
    ['About the author', 'debris'],
    ['Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin', 'debris'],
    ['Source: ministry figures', 'debris'],
    ['Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.', 'debris'],
    ['Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY', 'debris'],
    ['This work is licensed under a Creative Commons Attribution 4.0 International License.', 'debris'],
    ['ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:', 'debris'],
    ['SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09', 'debris'],
    ['(Alle Angaben ohne Gewähr)', 'debris'],
    ['Never miss the latest news by signing up to our newsletter today!', 'debris'],
    ['Sie möchten wöchentliche Produktvorstellungen? Schauen Sie mal in unseren Musiknewsletter!', 'debris'],
    ['Den Artikel mit anderen teilen/diskutieren:', 'debris'],
    ['Weitere Infos unter www.itfjuniors.de.', 'link'],
    ['More information at harbour.example.org', 'link'],
    ['Mehr zum Thema auf UEPO.de', 'link'],
    ['>>> Jetzt die aktuelle Ausgabe bestellen! <<<', 'link'],
  ])('"%s" is %s', (words, kind) => {
    expect(classifyBlock(words, 'plain', false).kind).toBe(kind);
  });

  it.each([
    'Under section (c) of the act the council may refuse.',
    'The image: a harbour at dawn, empty of ships.',
    'Reuters reported the figures on Tuesday.',
    'All rights reserved, the clause said, would pass to the council.',
    'Lesen Sie hier weiter, was der Rat am Dienstag beschloss.',
    'About the author of the report, little is known.',
    // a field of particulars names a licence without being a notice of one
    'Veröffentlicht am 16.08.2019 Dauer: 1 Stunde 4 Minuten Lizenz: CC-BY 4.0 Downloads: 22.273',
    // guillemets quote; they are not a button's arrows
    '»Wie bringe ich Studierende dazu, im Hörsaal Fragen zu stellen?«',
    'Sources close to the minister denied it.',
    'The council said its newsletter had reached every household by Friday.',
    'Anzeige gegen Unbekannt wurde am Dienstag erstattet.',
    // reporting that reads like a notice (found in review)
    'More information on the victims was not immediately available.',
    'Uber will keep operating in London under a licence granted by TfL until March.',
    'The drug is sold under license from Pfizer.',
    'Sources: the deal is worth $2bn, two people familiar said.',
    'Source: a person close to the talks, who said the offer stood.',
  ])('"%s" stays a paragraph', (words) => {
    expect(classifyBlock(words, 'plain', false).kind).toBe('paragraph');
  });
});
