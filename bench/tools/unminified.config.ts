// The app's build with the renderer left unminified, so a profile names the functions it spends time in:
// `npx electron-vite build -c bench/tools/unminified.config.ts --outDir /tmp/undersigned-unminified`.
import base from '../../electron.vite.config';

export default {
  ...base,
  renderer: { ...base.renderer, build: { ...base.renderer?.build, minify: false } },
};
