// 公益乐学 free classes (issue 10 §3): class sessions (pools of kind class), on-site visits, the unit forms.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiBody, ApiResult } from './contract.ts';

export type Course = ApiResult<'/classes/{id}'>;
export type Visit = ApiResult<'/class-visits'>['items'][number];
export type VisitList = ApiResult<'/class-visits'>;
export type CourseCreate = ApiBody<'/classes', 'post'>;
export type VisitCreate = ApiBody<'/class-visits', 'post'>;
export type Category = ApiResult<'/classes/categories'>['items'][number];
export type BookingPage = ApiResult<'/classes/{id}/bookings'>;

const k = ['classes'] as const;

/** The sessions, refreshed every few seconds while open: places left are live. */
export const useCourses = (year?: number) =>
  useQuery({ queryKey: [...k, 'list', year], queryFn: () => api.get<ApiResult<'/classes'>>('/classes', year ? { year } : undefined), refetchInterval: 5000 });
export const useMyCourses = () => useQuery({ queryKey: [...k, 'mine'], queryFn: () => api.get<ApiResult<'/me/classes'>>('/me/classes') });
export const useCategories = () =>
  useQuery({ queryKey: [...k, 'categories'], queryFn: () => api.get<ApiResult<'/classes/categories'>>('/classes/categories'), staleTime: Infinity });
export const useBookings = (id: number) =>
  useQuery({ queryKey: [...k, 'bookings', id], queryFn: () => api.get<BookingPage>(`/classes/${id}/bookings`, { pageSize: 200 }), enabled: id > 0 });
export const useVisits = (year?: number) =>
  useQuery({ queryKey: [...k, 'visits', year], queryFn: () => api.get<VisitList>('/class-visits', year ? { year } : undefined) });

function useClassesMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: k }) });
}
export const useCreateCourse = () => useClassesMutation((v: CourseCreate) => api.post<Course>('/classes', v));
export const useBook = () =>
  useClassesMutation(({ id, memberId }: { id: number; memberId?: number }) =>
    api.post<ApiResult<'/classes/{id}/bookings', 'post'>>(`/classes/${id}/bookings`, memberId ? { memberId } : {}),
  );
export const useCancelBooking = () =>
  useClassesMutation(({ id, memberId }: { id: number; memberId?: number }) =>
    api.post<ApiResult<'/classes/{id}/bookings/cancel', 'post'>>(`/classes/${id}/bookings/cancel`, memberId ? { memberId } : {}),
  );
export const useBookVisit = () => useClassesMutation((v: VisitCreate) => api.post<Visit>('/class-visits', v));
export const useCancelVisit = () => useClassesMutation((id: number) => api.post<Visit>(`/class-visits/${id}/cancel`));

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** A session's time as Shanghai's wall clock (the class is held there, whatever the browser's zone): 2026-12-05 18:30. */
export function shanghaiTime(v: string | Date) {
  const p = Object.fromEntries(shanghai.formatToParts(new Date(v)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
/** From–to of a session: 2026-12-05 18:30–20:00. */
export const sessionTime = (c: { startsAt: string | Date; endsAt: string | Date }) => `${shanghaiTime(c.startsAt)}–${shanghaiTime(c.endsAt).slice(11)}`;
