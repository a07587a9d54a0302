// The photo upload (multipart: the file and its fields, built by features/photos photoFormData), a `call` of
// the shared contract like every other.
import { ENDPOINTS } from '../../../shared/api';
import type { PhotoView } from '../../../shared/photos';
import { call } from './call';

export function uploadPhoto(form: FormData): Promise<PhotoView> {
  return call(ENDPOINTS.uploadPhoto, { body: form });
}
