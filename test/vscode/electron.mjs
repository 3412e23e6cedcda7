// The ecosystem's usual runner, for machines that can download VS Code: @vscode/test-electron
// downloads a desktop build (cached in .vscode-test/) and runs the same bundled mocha entry.
export async function runElectron({ extensionPath, testsPath, folder, env = {}, trust = true, userDataDir }) {
  const { runTests } = await import('@vscode/test-electron');
  const launchArgs = [folder, '--disable-extensions', '--skip-welcome', '--skip-release-notes'];
  // A fresh profile with the fixtures' settings (no trust prompt, no hot exit, no telemetry).
  if (userDataDir) launchArgs.push('--user-data-dir', userDataDir);
  if (trust) launchArgs.push('--disable-workspace-trust');
  try {
    return await runTests({ extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath, launchArgs, extensionTestsEnv: env });
  } catch (error) {
    // runTests rejects with the exit code (or a download error) when tests fail or VS Code cannot run.
    return typeof error === 'number' ? error : { error: String(error?.message ?? error).split('\n')[0] };
  }
}

/** Whether a VS Code build can be had: already cached, or downloadable right now. */
export async function electronAvailable() {
  try {
    const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
    const path = await Promise.race([
      downloadAndUnzipVSCode('stable'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('download timed out after 120 s')), 120000)),
    ]);
    return { ok: true, path };
  } catch (error) {
    return { ok: false, reason: String(error?.message ?? error).split('\n')[0] };
  }
}
