export default async function award() { throw new Error('not written yet'); }
