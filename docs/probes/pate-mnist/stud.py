import numpy as np, sys
Ftr=None
Fte=np.load('/work/lab/py/Fte.npy')
d=np.loadtxt(sys.argv[1],delimiter=',',skiprows=1).astype(int); v=d[:,:10]; y=d[:,10]
def lr_fit(X,y,epochs=200,l2=1e-3,lr=0.5,W0=None):
    Wt=np.zeros((X.shape[1],10),np.float32); b=np.zeros(10,np.float32); Y=np.eye(10,dtype=np.float32)[y]
    for e in range(epochs):
        z=X@Wt+b; z-=z.max(1,keepdims=True); p=np.exp(z); p/=p.sum(1,keepdims=True)
        g=(p-Y)/len(X); Wt-=lr*(X.T@g+l2*Wt); b-=lr*g.sum(0)
    return Wt,b
def prob(X,Wt,b):
    z=X@Wt+b; z-=z.max(1,keepdims=True); p=np.exp(z); return p/p.sum(1,keepdims=True)
P=Fte[:9000]; E=Fte[9000:]; yE=y[9000:]
W,b=lr_fit(P,y[:9000]); print('ceiling LR 9000 true labels',(prob(E,W,b).argmax(1)==yE).mean())
rng=np.random.default_rng(1)
T,s1,s2,Q=[float(a) for a in sys.argv[2:6]]; Q=int(Q)
q=v[:Q]; passed=(q.max(1)+rng.normal(0,s1,Q))>=T; ans=(q+rng.normal(0,s2,q.shape)).argmax(1)
rows=np.where(passed)[0]; lab=ans[rows]
print('answered',len(rows),'labelAcc',(lab==y[rows]).mean())
W,b=lr_fit(P[rows],lab); pr=prob(P,W,b); print('round0',(prob(E,W,b).argmax(1)==yE).mean())
for r in range(4):
    conf=pr.max(1); pl=pr.argmax(1); m=conf>=0.9; m[rows]=False
    R=np.concatenate([rows,np.where(m)[0]]); L=np.concatenate([lab,pl[m]])
    W,b=lr_fit(P[R],L); pr=prob(P,W,b)
    print('round',r+1,'pseudo',m.sum(),'pacc',(pl[m]==y[:9000][m]).mean(),'eval',(prob(E,W,b).argmax(1)==yE).mean())
