// The photo files on disk: `<uploadsDir>/photos/<uuid>.webp` and `<uuid>-thumb.webp`. Names are made
// here and only here; a name read back from the database is checked against the same pattern before it
// becomes a path, so nothing a client sent ever reaches the file system.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { STORED_FORMAT } from './photo-processing';

const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-thumb)?\.webp$/;

export interface StoredFiles {
  photoFile: string;
  thumbnailFile: string;
}

export function createPhotoStore(uploadsDir: string) {
  const folder = path.join(path.resolve(uploadsDir), 'photos');

  const pathOf = (name: string): string | null => (STORED_NAME.test(name) ? path.join(folder, name) : null);

  async function remove(files: Partial<StoredFiles>): Promise<void> {
    for (const name of [files.photoFile, files.thumbnailFile]) {
      const file = name ? pathOf(name) : null;
      if (file) await fs.rm(file, { force: true });
    }
  }

  return {
    folder,
    /** The absolute path of a stored file, or null when the name is not one this store makes. */
    pathOf,
    /** Writes both files under fresh names (never overwriting); removes what it wrote if one fails. */
    async save(image: Buffer, thumbnail: Buffer): Promise<StoredFiles> {
      await fs.mkdir(folder, { recursive: true });
      const base = randomUUID();
      const files = {
        photoFile: `${base}.${STORED_FORMAT.extension}`,
        thumbnailFile: `${base}-thumb.${STORED_FORMAT.extension}`,
      };
      try {
        await fs.writeFile(path.join(folder, files.photoFile), image, { flag: 'wx', mode: 0o640 });
        await fs.writeFile(path.join(folder, files.thumbnailFile), thumbnail, { flag: 'wx', mode: 0o640 });
      } catch (error) {
        await remove(files);
        throw error;
      }
      return files;
    },
    remove,
  };
}

export type PhotoStore = ReturnType<typeof createPhotoStore>;
