export default async function recipient() { throw new Error('not written yet'); }
