import { describe, expect, it } from 'vitest';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { asciiJson, packTexts, transferOf, unpackTexts } from '../../../src/core/corpus/text-block';

const TEXTS = ['', 'Plain ASCII words.', 'Café au lait, naïve façade ÿ.', 'Ελληνικά and 中文 with an emoji 🙂.', 'A lone \ud800 surrogate.', 'x', 'Another plain one, long enough to be a slice of its part.'];

describe('a block of texts', () => {
  it.each([
    ['texts of every alphabet', TEXTS],
    ['only narrow texts', ['one', 'two', 'three']],
    ['only wide texts', ['один', '二']],
    ['no texts', []],
  ])('gives back %s as they were, in order', (_, texts) => {
    expect(unpackTexts(packTexts(texts))).toEqual(texts);
  });

  it('moves to another thread without a copy and reads the same there', () => {
    const block = packTexts(TEXTS);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(block, transferOf(block));
    // the sender's buffers are gone: moved, not copied
    expect(block.narrow.byteLength).toBe(0);
    const received = receiveMessageOnPort(port2)!.message;
    expect(unpackTexts(received)).toEqual(TEXTS);
    port1.close();
  });

  it('refuses a block whose span lies outside its part', () => {
    const block = packTexts(['abc', 'def']);
    block.spans[4] = 99;
    expect(() => unpackTexts(block)).toThrow(/damaged/);
  });
});

describe('JSON in ASCII', () => {
  it.each([
    ['texts of every alphabet', { texts: TEXTS, root: '/home/zoë/新闻' }],
    ['numbers and nulls', [1, 2.5, null, -0.125, 1e21]],
  ])('reads back, as Latin-1 bytes, the value written: %s', (_, value) => {
    const json = asciiJson(value);
    expect(/^[\x20-\x7e]*$/.test(json)).toBe(true);
    expect(JSON.parse(Buffer.from(json, 'latin1').toString('latin1'))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
