/** OpenCC dictionaries ship as plain ES modules without types: `"source target|source target|…"`. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
