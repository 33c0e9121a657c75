// Debian's Chromium driven by playwright-core, headless, WebGL in SwiftShader (see
// ../shared/STACK.md): a fresh profile folder for every launch.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launch(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'newskg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the viewer exposes for tests and benchmarks (viewer/src/main.ts), loosely typed here. */
export interface ViewerHook {
  graph: {
    order: number;
    size: number;
    hasNode(n: string): boolean;
    getNodeAttributes(n: string): { x: number; y: number; kind: string; label: string };
    filterNodes(f: (n: string, a: { kind: string; label: string }) => boolean): string[];
    filterEdges(f: (e: string, a: { relation: string; label: string }, s: string, t: string) => boolean): string[];
  };
  /** What sigma draws: the visible nodes and the edges between them. */
  shown: { order: number; size: number; hasNode(n: string): boolean };
  renderer: {
    getNodeDisplayData(n: string): { highlighted?: boolean; hidden?: boolean; color?: string; x?: number; y?: number; size?: number; label?: string | null } | undefined;
    getEdgeDisplayData(e: string): { hidden?: boolean; size?: number; label?: string | null } | undefined;
    emit(type: string, payload: unknown): void;
    getCamera(): { ratio: number; x: number; y: number };
    graphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getContainer(): HTMLElement;
  };
  state: { hits: Set<string>; selected?: string; hovered?: string; visible: Set<string>; expanded: Set<string>; view: { top: number; minDegree: number; focus: string; kinds: string[] } };
  timings: Record<string, number>;
  /** What the first frame drew from the default view's data (node → [x, y, size]), when it came first. */
  firstView?: Record<string, [number, number, number]>;
  layoutRunning(): boolean;
  stopLayout(): void;
  selectNode(n: string): void;
  layoutQuality(): number | undefined;
}

declare global {
  interface Window {
    __newskg?: ViewerHook;
  }
}
