/** A font file imported by the task pane: webpack emits it and the import is its URL. */
declare module '*.ttf' {
  const url: string;
  export default url;
}
