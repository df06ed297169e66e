export default async function whistle() { throw new Error('not written yet'); }
