// web-ext ships no type declarations; this covers the one call scripts/package.ts makes.
declare module 'web-ext' {
  interface BuildParams {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
  }
  const webExt: {
    cmd: { build(params: BuildParams, options?: { shouldExitProgram?: boolean }): Promise<{ extensionPath: string }> };
  };
  export default webExt;
}
