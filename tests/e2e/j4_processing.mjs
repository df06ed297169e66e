export default async function processing() { throw new Error('not written yet'); }
