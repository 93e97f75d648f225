import { MemoryStorage } from '../../src/storage/memory/memory-storage.js';
import { describePlanningContract } from '../contract/planning-contract.js';
import { describeStartersContract } from '../contract/starters-contract.js';
import { describeNeedsContract } from '../contract/needs-contract.js';
import { describeVisitsContract } from '../contract/visits-contract.js';
import { describeStorageContract } from '../contract/storage-contract.js';

const make = async () => {
  const storage = new MemoryStorage();
  return { storage, cleanup: () => storage.close() };
};

describeStorageContract('MemoryStorage', make, { persistent: false });
describePlanningContract('MemoryStorage', make, { persistent: false });
describeStartersContract('MemoryStorage', make, { persistent: false });
describeNeedsContract('MemoryStorage', make, { persistent: false });
describeVisitsContract('MemoryStorage', make, { persistent: false });
