/**
 * The browser's traditional → simplified converter for queries: OpenCC's
 * `t` → `cn` chain (compatibility ideographs unified, then phrases, then
 * characters) built from the three tables it uses, about a third of the size of the packaged `opencc-js/t2cn` bundle
 * (which also carries the Hong Kong, Taiwan and Japanese tables). A test
 * proves it converts like the corpus pipeline's `Converter({ from: 't', to: 'cn' })`.
 * Loaded by the search page only for queries that need it.
 */
import { ConverterFactory } from 'opencc-js/core';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

/** Converts traditional characters and phrases to simplified: `知識產權` → `知识产权`. */
export const toSimplifiedQuery: (text: string) => string = ConverterFactory(
  [CJKCompatibility],
  [TSPhrases, TSCharacters],
);
