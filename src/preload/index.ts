/**
 * The renderer's only door to the backend: `window.parallax`, a ParallaxApi built method by method
 * over IPC. Nothing else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MethodName, ParallaxApi, ParallaxEvents } from '../shared/api';

function invoke<K extends MethodName>(method: K): ParallaxApi[K] {
  return ((...args: unknown[]) => ipcRenderer.invoke(`parallax:${method}`, ...args)) as ParallaxApi[K];
}

function subscribe<K extends keyof ParallaxEvents>(channel: K) {
  return (listener: (payload: ParallaxEvents[K]) => void) => {
    const handler = (_event: IpcRendererEvent, payload: ParallaxEvents[K]) => listener(payload);
    ipcRenderer.on(`parallax:event:${channel}`, handler);
    return () => {
      ipcRenderer.removeListener(`parallax:event:${channel}`, handler);
    };
  };
}

const api: ParallaxApi = {
  getHostInfo: invoke('getHostInfo'),
  getCorpus: invoke('getCorpus'),
  openCorpus: invoke('openCorpus'),
  chooseCorpus: invoke('chooseCorpus'),
  getRecentFolders: invoke('getRecentFolders'),
  getPreferences: invoke('getPreferences'),
  setPreferences: invoke('setPreferences'),
  getArticle: invoke('getArticle'),
  correctArticles: invoke('correctArticles'),
  exportCorrections: invoke('exportCorrections'),
  importCorrections: invoke('importCorrections'),
  compare: invoke('compare'),
  getAlignDefaults: invoke('getAlignDefaults'),
  exportComparison: invoke('exportComparison'),
  search: invoke('search'),
  findInArticle: invoke('findInArticle'),
  getIndexStatus: invoke('getIndexStatus'),
  cancelIndexing: invoke('cancelIndexing'),
  resumeIndexing: invoke('resumeIndexing'),
  startReuse: invoke('startReuse'),
  cancelReuse: invoke('cancelReuse'),
  getReuse: invoke('getReuse'),
  getStories: invoke('getStories'),
  getStory: invoke('getStory'),
  trackQuote: invoke('trackQuote'),
  getOutletGraph: invoke('getOutletGraph'),
  exportTable: invoke('exportTable'),
  onIndexStatus: subscribe('indexStatus'),
  onReuseProgress: subscribe('reuseProgress'),
  onCorpusChanged: subscribe('corpusChanged'),
  onOpenProgress: subscribe('openProgress'),
  onCommand: subscribe('command'),
};

contextBridge.exposeInMainWorld('parallax', api);
