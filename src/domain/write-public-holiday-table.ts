import { PUBLIC_HOLIDAY_TABLE_FILE, writePublicHolidayTable } from './public-holiday-table';

/* Run by `npm run build` after tsc, from dist/: last year to five years ahead; later years are worked out from the rules when asked for. */
const thisYear = new Date().getFullYear();
const years = Array.from({ length: 7 }, (_, index) => thisYear - 1 + index);
writePublicHolidayTable(PUBLIC_HOLIDAY_TABLE_FILE, years);
console.log(`public holidays ${years[0]}-${years[years.length - 1]}: ${PUBLIC_HOLIDAY_TABLE_FILE}`);
