import { vi } from 'vitest';

/** One upload the app sent through XMLHttpRequest, with its multipart form. */
export type SentUpload = { method: string; path: string; headers: Record<string, string>; form: FormData };

export type UploadAnswer = { status: number; body: unknown };
type UploadHandler = (upload: SentUpload) => UploadAnswer | Promise<UploadAnswer>;

/**
 * Replaces XMLHttpRequest (which the app uses for uploads it shows the progress of) with a fake:
 * each upload reports half and then all of its bytes sent, then gets the handler's answer.
 */
export function mockUploads(handler: UploadHandler) {
  const uploads: SentUpload[] = [];

  class FakeXhr {
    readonly upload = new EventTarget();
    status = 0;
    statusText = '';
    responseText = '';
    private readonly events = new EventTarget();
    private request: SentUpload = { method: '', path: '', headers: {}, form: new FormData() };
    private aborted = false;

    open(method: string, url: string) {
      this.request = { ...this.request, method, path: new URL(url, 'http://localhost').pathname };
    }

    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }

    addEventListener(type: string, listener: EventListener) {
      this.events.addEventListener(type, listener);
    }

    abort() {
      this.aborted = true;
      this.events.dispatchEvent(new Event('abort'));
    }

    send(form: FormData) {
      const upload = { ...this.request, form };
      uploads.push(upload);
      const file = form.get('file');
      const total = file instanceof Blob ? file.size : 0;
      const progress = (loaded: number) => this.upload.dispatchEvent(Object.assign(new Event('progress'), { lengthComputable: true, loaded, total }));
      void (async () => {
        await Promise.resolve();
        progress(Math.floor(total / 2));
        const answer = await handler(upload);
        if (this.aborted) return;
        progress(total);
        this.upload.dispatchEvent(new Event('load'));
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.events.dispatchEvent(new Event('load'));
      })();
    }
  }

  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return { uploads };
}
