// The erasure API: an admin erases a node, a person erases their own account — each a `call` of the
// shared contract (shared/erasure.ts).
import { ENDPOINTS } from '../../../shared/api';
import type { EraseAccount, ErasedAnswer } from '../../../shared/erasure';
import { call } from './call';

export function eraseNode(id: string, reason: string): Promise<ErasedAnswer> {
  return call(ENDPOINTS.eraseNode, { params: { id }, body: { reason } });
}

export function eraseAccount(body: EraseAccount): Promise<ErasedAnswer> {
  return call(ENDPOINTS.eraseAccount, { body });
}
