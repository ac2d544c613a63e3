// Hand-written: what the page gets from Tauri (withGlobalTauri), for the `// @ts-check` files.
interface Window {
  __TAURI__?: { core: { invoke(command: string, args?: object): Promise<unknown> } };
}
