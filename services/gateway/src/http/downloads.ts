import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import {
  attachment,
  TABULAR_CONTENT_TYPES,
  tabularStream,
  type Table,
  type TabularFormat,
} from '@pcs/tabular';

/** The response of a download: the file, in one format, documented as binary. */
export const ApiDownload = (format: TabularFormat): MethodDecorator =>
  applyDecorators(
    ApiProduces(TABULAR_CONTENT_TYPES[format]),
    ApiOkResponse({
      description:
        format === 'csv'
          ? 'CSV, UTF-8 with a BOM, CRLF, Chinese headers: opens right in Excel'
          : 'An Excel workbook (XLSX)',
      content: { [TABULAR_CONTENT_TYPES[format]]: { schema: { type: 'string', format: 'binary' } } },
    }),
  );

/** A table streamed as a CSV or XLSX attachment, named in ASCII and in Chinese (decision 0146). */
export function download(
  format: TabularFormat,
  table: Table,
  name: string,
  chineseName: string,
): StreamableFile {
  return new StreamableFile(tabularStream(format, table), {
    type: TABULAR_CONTENT_TYPES[format],
    disposition: attachment(`${name}.${format}`, `${chineseName}.${format}`),
  });
}
