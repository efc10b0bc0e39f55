import { Button, App } from 'antd';
import { useState } from 'react';
import { ProblemError, type PathWith } from '../api/gateway-api';
import { useConsole } from '../session/session-context';
import { downloadUrl, fetchFile, saveFile } from './download';

export interface DownloadButtonProps {
  path: PathWith<'get'>;
  params?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string | undefined>>;
  /** The name to save under when the gateway names none. */
  fileName: string;
  label: string;
  disabled?: boolean;
}

/** A download of the gateway's, fetched with the bearer token; busy while it streams. */
export function DownloadButton({ path, params = {}, query, fileName, label, disabled }: DownloadButtonProps) {
  const { session } = useConsole();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function download(): Promise<void> {
    setBusy(true);
    try {
      saveFile(await fetchFile(downloadUrl(path, params, query), session.token, fileName));
    } catch (error) {
      if (error instanceof ProblemError) {
        const fields = (error.problem.errors ?? []).map((e) => e.message).join('；');
        void message.error(fields ? `${error.problem.title}：${fields}` : error.problem.title);
      } else throw error;
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button loading={busy} disabled={disabled} onClick={() => void download()} data-download={fileName}>
      {label}
    </Button>
  );
}
