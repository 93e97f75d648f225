import { MemoryStorage } from '../../src/storage/memory/memory-storage.js';
import { describeStorageContract } from '../contract/storage-contract.js';

describeStorageContract('MemoryStorage', async () => {
  const storage = new MemoryStorage();
  return { storage, cleanup: () => storage.close() };
});
