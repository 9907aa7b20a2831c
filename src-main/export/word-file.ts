import { Packer } from 'docx';
import type { RenderModel } from '../../src-common/render/render-model';
import { buildDocx, type DocxOptions } from './docx';

/** The letter as a Word file's bytes. */
export async function wordFileBytes(model: RenderModel, options: DocxOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(model, options)));
}
