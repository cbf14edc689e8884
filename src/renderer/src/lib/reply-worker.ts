/** The worker that makes the page's calls to the browser host: see reply-channel.ts. */
import { serveReplies, type ReplyMessage } from './reply-channel';

const handle = serveReplies((answer) => self.postMessage(answer));
self.onmessage = (event: MessageEvent<ReplyMessage>) => handle(event.data);
