// How a stored photo Resource is shown through the API: its file names stay on the server, replaced by
// the URLs that serve them (GET /api/photos/:id/image and /thumbnail). Used for the upload's answer and
// for GET /api/nodes/:id, so a photo looks the same from both.
import { photoUrls } from '../../shared/photos';

export function withPhotoUrls<T extends Record<string, unknown>>(view: T): T {
  if (view.resourceKind !== 'photo' || typeof view.photoFile !== 'string') return view;
  const { photoFile: _photo, thumbnailFile: _thumbnail, ...rest } = view;
  return { ...rest, ...photoUrls(String(view.id)) } as unknown as T;
}
